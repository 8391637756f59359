/** What `luister --help` prints. The file format is documented in docs/cli.md. */
export const HELP_TEXT = `Luister command line: poll listening sources once, without the app.

Usage:
  luister poll --config <sources.json> --once
      Poll every source once; print one JSON object per line: each mention,
      classified, with its author.
  luister sources check --config <sources.json>
      Test each source; print "ok <id> <n> mentions" or "error <id> <reason>".
  luister --help
      Show this text.

Config file: { "sources": [ { "type": "rss" | "mastodon" | "bluesky" | "demo",
  "id"?, "url"?, "baseUrl"?, "token"?, "handle"?, "appPassword"?,
  "terms"?, "exclude"?, "hashtags"?, "notifications"? } ] }  (see docs/cli.md)

Exit codes: 0 ok, 1 a source failed (the others still printed), 2 bad command or config.`;
