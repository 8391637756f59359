export interface JsonErrorLocation {
  line: number;
  column: number;
  problem: string;
}

/**
 * Finds where JSON text stops being valid. Node's JSON.parse messages do not always give
 * a position, and a person fixing a config file needs the line and column.
 */
export function locateJsonError(text: string): JsonErrorLocation {
  let index = 0;
  const fail = (problem: string): never => {
    throw new LocatedError(problem, index);
  };
  const skipSpace = (): void => {
    while (index < text.length && /\s/.test(text[index] ?? '')) index += 1;
  };
  const value = (): void => {
    skipSpace();
    const char = text[index];
    if (char === '{') return container('}', true);
    if (char === '[') return container(']', false);
    if (char === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(
      text.slice(index),
    );
    if (literal) {
      index += literal[0].length;
      return;
    }
    fail(char === undefined ? 'unexpected end of file' : `unexpected ${JSON.stringify(char)}`);
  };
  const string = (): void => {
    index += 1;
    while (index < text.length && text[index] !== '"') {
      if (text[index] === '\n') fail('line break inside a string');
      index += text[index] === '\\' ? 2 : 1;
    }
    if (index >= text.length) fail('unterminated string');
    index += 1;
  };
  const container = (close: string, isObject: boolean): void => {
    index += 1;
    skipSpace();
    if (text[index] === close) {
      index += 1;
      return;
    }
    for (;;) {
      if (isObject) {
        skipSpace();
        if (text[index] !== '"') fail('expected a property name in double quotes');
        string();
        skipSpace();
        if (text[index] !== ':') fail('expected ":"');
        index += 1;
      }
      value();
      skipSpace();
      if (text[index] === ',') {
        index += 1;
        continue;
      }
      if (text[index] === close) {
        index += 1;
        return;
      }
      fail(`expected "," or "${close}"`);
    }
  };
  try {
    value();
    skipSpace();
    if (index < text.length) fail('unexpected text after the end');
    return { ...position(text, index), problem: 'invalid JSON' };
  } catch (error) {
    if (error instanceof LocatedError)
      return { ...position(text, error.index), problem: error.message };
    throw error;
  }
}

class LocatedError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
