import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../src/main/sources/htmlToText';

describe('HTML to text', () => {
  it('keeps paragraphs, line breaks, mentions, hashtags and full link URLs', () => {
    const html =
      '<p><span class="h-card"><a href="https://x.example/@a" class="u-url mention">@<span>a</span></a></span> hoi &amp; dag</p>' +
      '<p>regel<br>twee <a href="https://example.com/a/very/long/path" rel="nofollow"><span class="invisible">https://</span><span class="ellipsis">example.com/a/very</span><span class="invisible">/long/path</span></a> <a href="https://x.example/tags/kpn" class="mention hashtag">#<span>KPN</span></a></p>';
    expect(htmlToText(html)).toBe(
      '@a hoi & dag\n\nregel\ntwee https://example.com/a/very/long/path #KPN',
    );
  });

  it('hides invisible spans and marks ellipses when a link has no web address', () => {
    expect(
      htmlToText(
        '<a href="mailto:x"><span class="invisible">geheim</span><span class="ellipsis">zicht</span></a>',
      ),
    ).toBe('zicht…');
  });

  it('decodes one layer of entities and drops scripts', () => {
    expect(htmlToText('a&nbsp;b &amp;nbsp; <script>alert(1)</script>&#128512;')).toBe(
      'a b &nbsp; 😀',
    );
  });
});
