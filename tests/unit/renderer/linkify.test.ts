import { describe, expect, it } from 'vitest';
import { linkify } from '../../../src/renderer/features/detail/linkify';
import { checkExternalUrl } from '../../../src/shared/externalUrl';

describe('linkify', () => {
  it('cuts text into plain parts and links, leaving trailing punctuation outside', () => {
    expect(linkify('Zie https://example.org/a?b=1. En http://x.example!')).toEqual([
      { kind: 'text', text: 'Zie ' },
      { kind: 'link', url: 'https://example.org/a?b=1' },
      { kind: 'text', text: '. En ' },
      { kind: 'link', url: 'http://x.example' },
      { kind: 'text', text: '!' },
    ]);
  });

  it('keeps markup as text', () => {
    expect(linkify('<a href="javascript:alert(1)">klik</a>')).toEqual([
      { kind: 'text', text: '<a href="javascript:alert(1)">klik</a>' },
    ]);
  });
});

describe('checkExternalUrl', () => {
  it('lets only https links to a real host through', () => {
    expect(checkExternalUrl('https://www.polderstroom.nl/storingen')).toEqual({
      ok: true,
      url: 'https://www.polderstroom.nl/storingen',
    });
    for (const url of [
      'http://insecure.example',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://user:pw@bank.example',
      'https://localhost/x',
      'vbscript:x',
      'not a url',
    ]) {
      expect(checkExternalUrl(url).ok, url).toBe(false);
    }
  });
});
