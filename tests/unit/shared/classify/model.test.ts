import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../../src/shared/classify';
import { analysePost, hasProblemCue } from '../../../../src/shared/classify/analyse';
import type { ModelWeights } from '../../../../src/shared/classify/model/linearModel';
import {
  MODEL,
  MODEL_VERSION,
  loadModel,
  predict,
} from '../../../../src/shared/classify/model/linearModel';
import weights from '../../../../src/shared/classify/model/weights.v1.json';
import { modelHash } from '../../../../src/shared/classify/model/modelFeatures';
import { EVERYDAY_SENSE } from '../../../../src/shared/classify/tokenize';

const WEIGHTS_PATH = fileURLToPath(
  new URL('../../../../src/shared/classify/model/weights.v1.json', import.meta.url),
);

describe('learned model', () => {
  it('sees a trigger word read in its everyday sense as a word of its own', () => {
    const weather = analysePost({ text: 'Slecht het weer vandaag' }).tokens;
    const weer = 2;
    expect((weather.flags[weer] ?? 0) & EVERYDAY_SENSE).toBe(EVERYDAY_SENSE);
    expect(modelHash(weather.hash[weer] ?? 0, weather.flags[weer] ?? 0)).not.toBe(
      weather.hash[weer],
    );
    const again = analysePost({ text: 'Slecht, het is weer mis' }).tokens;
    const alsoWeer = 4;
    expect((again.flags[alsoWeer] ?? 0) & EVERYDAY_SENSE).toBe(0);
    expect(modelHash(again.hash[alsoWeer] ?? 0, again.flags[alsoWeer] ?? 0)).toBe(
      again.hash[alsoWeer],
    );
  });

  it('ships version 1 weights that fit the features, under 5 MB', () => {
    expect(MODEL.version).toBe(MODEL_VERSION);
    expect(weights.version).toBe(1);
    expect(MODEL.negativeThreshold).toBeGreaterThan(0);
    expect(MODEL.negativeThreshold).toBeLessThan(MODEL.negativeThresholdWithoutCue);
    expect(MODEL.negativeThresholdWithoutCue).toBeLessThan(1);
    expect(statSync(WEIGHTS_PATH).size).toBeLessThan(5_000_000);
  });

  it('loads in well under 100 ms', () => {
    const start = performance.now();
    loadModel(weights);
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('refuses weights of another version or feature layout', () => {
    const file: ModelWeights = weights;
    expect(() => loadModel({ ...file, version: 2 })).toThrow(/v2/);
    expect(() => loadModel({ ...file, hashBuckets: 1024 })).toThrow(/do not match/);
    expect(() => loadModel({ ...file, denseFeatures: file.denseFeatures.slice(1) })).toThrow(
      /do not match/,
    );
  });

  it('is deterministic: the same post gives the same probabilities and result', () => {
    const text = 'Mijn bestelling is nog niet binnen';
    const first = predict(analysePost({ text }));
    predict(analysePost({ text: 'Top service!' }));
    expect(predict(analysePost({ text }))).toEqual(first);
    expect(first.negative + first.neutral + first.positive).toBeCloseTo(1, 10);
    expect(classify({ text })).toEqual(classify({ text }));
  });
});

describe('complaint wording without a sentiment word (the model)', () => {
  it('nl: reads a late order and a soaked box as complaints', () => {
    for (const text of ['Mijn bestelling is nog niet binnen', 'Doos stond buiten, helemaal nat!']) {
      expect(analysePost({ text }).evidence.total).toBeGreaterThan(-0.5);
      const result = classify({ text });
      expect(result.sentiment).toBe('negative');
      expect(result.reasons).toContain('reason.complaintWording');
    }
  });
  it('en: reads a refund that never came and a parcel ripped open as complaints', () => {
    for (const text of ['My refund never showed up', 'Parcel left outside, box ripped open!']) {
      expect(analysePost({ text }).evidence.total).toBeGreaterThan(-0.5);
      const result = classify({ text });
      expect(result.sentiment).toBe('negative');
      expect(result.reasons).toContain('reason.complaintWording');
    }
  });
});

describe('problem cue', () => {
  it('nl and en: a bare mention or a plain question shows no problem', () => {
    expect(hasProblemCue(analysePost({ text: 'Pakket van vandaag' }))).toBe(false);
    expect(hasProblemCue(analysePost({ text: 'How come my account changed?' }))).toBe(false);
    expect(classify({ text: 'Pakket van vandaag' }).sentiment).toBe('neutral');
    expect(classify({ text: 'How come my account changed?' }).sentiment).toBe('neutral');
  });
  it('nl and en: a negator, a trigger or an exclamation is one', () => {
    expect(hasProblemCue(analysePost({ text: 'Nog geen mail' }))).toBe(true);
    expect(hasProblemCue(analysePost({ text: 'Parcel again' }))).toBe(true);
    expect(hasProblemCue(analysePost({ text: 'Box soaked!' }))).toBe(true);
  });
});
