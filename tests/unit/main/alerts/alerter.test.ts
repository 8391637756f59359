import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Alerter } from '../../../../src/main/alerts/alerter';
import { alertLanguage } from '../../../../src/main/alerts/alertTexts';
import type { AlertNotification, Notifier } from '../../../../src/main/alerts/notifier';
import { sampleMention } from '../../../helpers/sampleMention';

function recorder(): Notifier & { shown: AlertNotification[] } {
  const shown: AlertNotification[] = [];
  return {
    shown,
    show: (notification) => shown.push(notification),
    onClick: () => () => undefined,
  };
}

describe('Alerter', () => {
  it('alerts once per urgent mention, also when it is ingested again after a restart', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'luister-alerts-')), 'alerted.json');
    const notifier = recorder();
    const urgent = sampleMention('demo', 'p1');
    const calm = sampleMention('demo', 'p2', {
      classification: { ...urgent.classification, urgent: false },
    });
    new Alerter(notifier, path, () => true).onIngested([urgent, calm, urgent]);
    new Alerter(notifier, path, () => true).onIngested([urgent]);
    expect(notifier.shown.map((alert) => alert.mentionId)).toEqual(['demo:p1']);
  });

  it("never alerts for the brand's own posts or when alerts are off", () => {
    const path = join(mkdtempSync(join(tmpdir(), 'luister-alerts-')), 'alerted.json');
    const notifier = recorder();
    new Alerter(notifier, path, () => true).onIngested([
      sampleMention('demo', 'r1', { fromBrand: true }),
    ]);
    new Alerter(notifier, path, () => false).onIngested([sampleMention('demo', 'p9')]);
    expect(notifier.shown).toEqual([]);
  });
});

describe('Alerter in a burst', () => {
  it('shows the first three urgent mentions one by one and groups the rest in one alert', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'luister-alerts-')), 'alerted.json');
    const notifier = recorder();
    const burst = Array.from({ length: 40 }, (_, index) => sampleMention('demo', `p${index}`));
    new Alerter(notifier, path, () => true).onIngested(burst);
    expect(notifier.shown.map((alert) => alert.mentionId)).toEqual([
      'demo:p0',
      'demo:p1',
      'demo:p2',
      'demo:p3',
    ]);
    expect(notifier.shown[3]?.title).toBe('37 more urgent mentions');
    new Alerter(notifier, path, () => true).onIngested(burst);
    expect(notifier.shown).toHaveLength(4);
  });
});

describe('alert language', () => {
  it('speaks Dutch when the interface does', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'luister-alerts-')), 'alerted.json');
    const notifier = recorder();
    const burst = Array.from({ length: 5 }, (_, index) => sampleMention('demo', `n${index}`));
    new Alerter(
      notifier,
      path,
      () => true,
      () => alertLanguage('system', 'nl-NL'),
    ).onIngested(burst);
    expect(notifier.shown.at(-1)?.title).toBe('Nog 2 urgente vermeldingen');
    expect(alertLanguage('en', 'nl-NL')).toBe('en');
  });
});
