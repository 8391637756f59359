import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../../src/shared/classify';
import { analysePost } from '../../../../src/shared/classify/analyse';
import type { UrgencyWeights } from '../../../../src/shared/classify/model/urgencyModel';
import {
  URGENCY_MODEL,
  loadUrgencyModel,
  urgentProbability,
} from '../../../../src/shared/classify/model/urgencyModel';
import weights from '../../../../src/shared/classify/model/urgency.v1.json';

const WEIGHTS_PATH = fileURLToPath(
  new URL('../../../../src/shared/classify/model/urgency.v1.json', import.meta.url),
);

describe('urgency model weights', () => {
  it('ship a threshold strictly between 0 and 1, under 5 MB, loaded in well under 100 ms', () => {
    expect(URGENCY_MODEL.threshold).toBeGreaterThan(0);
    expect(URGENCY_MODEL.threshold).toBeLessThan(1);
    expect(statSync(WEIGHTS_PATH).size).toBeLessThan(5_000_000);
    const start = performance.now();
    loadUrgencyModel(weights);
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('are refused when they do not fit the code', () => {
    const file: UrgencyWeights = weights;
    expect(() => loadUrgencyModel({ ...file, version: 2 })).toThrow(/v2/);
    expect(() => loadUrgencyModel({ ...file, hashBuckets: 1024 })).toThrow(/do not match/);
    expect(() => loadUrgencyModel({ ...file, dense: file.dense.slice(1) })).toThrow(/do not match/);
  });
});

describe('urgency the trigger lexicons do not name (the urgency model)', () => {
  const unnamed = 'Er staat een afschrijving van 450 euro op mijn rekening die ik nooit heb gedaan';

  it('makes a negative post urgent by its wording, and says so', () => {
    const result = classify({ text: unnamed });
    expect(result.sentiment).toBe('negative');
    expect(result.urgent).toBe(true);
    expect(result.reasons[0]).toBe('reason.urgentWording');
    expect(analysePost({ text: unnamed }).triggers).toEqual([]);
  });

  it('is not asked when a trigger or a large audience already made the post urgent', () => {
    const triggered = classify({ text: 'Internet ligt er alweer uit, echt slecht' });
    expect(triggered.urgent).toBe(true);
    expect(triggered.reasons).not.toContain('reason.urgentWording');
    const famous = classify({ text: 'Slechte service vandaag', followers: 50_000 });
    expect(famous.reasons).toContain('reason.reach');
    expect(famous.reasons).not.toContain('reason.urgentWording');
  });

  it('leaves a one-off complaint not urgent', () => {
    for (const text of [
      'De bezorger was onvriendelijk vandaag, jammer',
      'The driver was rude to me today, not impressed',
    ]) {
      const result = classify({ text });
      expect(result.sentiment).toBe('negative');
      expect(urgentProbability(analysePost({ text }))).toBeLessThan(URGENCY_MODEL.threshold);
      expect(result.urgent).toBe(false);
    }
  });

  it('never makes a post urgent that is not negative', () => {
    const question = classify({ text: 'Hoeveel euro kost een extra rekening bij jullie?' });
    expect(question.sentiment).not.toBe('negative');
    expect(question.urgent).toBe(false);
  });
});
