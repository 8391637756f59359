/** An expected failure with plain words for the user; crosses the contract as `{ ok: false }`. */
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
