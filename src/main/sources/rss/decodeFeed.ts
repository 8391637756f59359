/**
 * Turns feed bytes into text. Order of trust: the HTTP Content-Type charset, then the XML
 * declaration, then strict UTF-8, and finally windows-1252 — real feeds are served as
 * Latin-1 without saying so, and a strict UTF-8 decoder would reject them.
 */
export function decodeFeed(bytes: Uint8Array, contentType: string | null): string {
  const declared = charsetOf(contentType) ?? xmlDeclarationCharset(bytes);
  if (declared && !/^utf-?8$/i.test(declared)) {
    const text = tryDecode(declared, bytes);
    if (text !== null) return stripBom(text);
  }
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function charsetOf(contentType: string | null): string | null {
  const match = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return match?.[1] ?? null;
}

function xmlDeclarationCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const match = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return match?.[1] ?? null;
}

/** An unknown charset label (the server's typo) falls through to detection. */
function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return null;
  }
}

function stripBom(text: string): string {
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}
