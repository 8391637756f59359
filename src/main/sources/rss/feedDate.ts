const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

/** RFC 822 zone names and the common ones feeds use anyway, as minutes east of UTC. */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  wet: 0,
  bst: 60,
  cet: 60,
  met: 60,
  cest: 120,
  mest: 120,
  eet: 120,
  eest: 180,
  edt: -240,
  est: -300,
  cdt: -300,
  cst: -360,
  mdt: -360,
  mst: -420,
  pdt: -420,
  pst: -480,
};

const RFC822 =
  /^(?:[a-z]{3,9},?\s*)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2,4})\s+(\d{1,2}):?(\d{2})(?::?(\d{2}))?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?$/i;
const ISO =
  /^\d{4}-\d{2}-\d{2}(?:[t\s]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Reads the dates real feeds carry: RFC 822 with zone names, two-digit years and odd forms
 * like `03 Apr 02 1500 GMT`, ISO 8601 with or without offset, Unix epoch numbers (seconds
 * or milliseconds). Returns epoch milliseconds, or null when the date is unusable.
 */
export function parseFeedDate(raw: string | null | undefined): number | null {
  const time = parseAny(raw);
  // Junk such as year 0 or 99999 would break ISO formatting downstream: treat as undated.
  return time !== null && time >= EARLIEST && time <= LATEST ? time : null;
}

const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(9999, 11, 31);

function parseAny(raw: string | null | undefined): number | null {
  const value = raw?.replace(/\s+/g, ' ').trim() ?? '';
  if (value === '') return null;
  if (/^\d{9,14}(\.\d+)?$/.test(value)) {
    const number = Number(value);
    return number < 1e11 ? Math.round(number * 1000) : Math.round(number);
  }
  if (ISO.test(value)) return parseIso(value);
  const rfc = RFC822.exec(value);
  if (rfc) return parseRfc822(rfc);
  const fallback = Date.parse(value);
  return Number.isNaN(fallback) ? null : fallback;
}

function parseIso(value: string): number | null {
  let normalised = value.replace(' ', 'T').replace(',', '.');
  // A date-time without a zone is read as UTC: feeds rarely mean the reader's local time.
  if (/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/i.test(normalised)) normalised += 'Z';
  if (normalised.includes('T')) {
    normalised = normalised
      .replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
      .replace(/([+-]\d{2})$/, '$1:00');
  }
  const time = Date.parse(normalised);
  return Number.isNaN(time) ? null : time;
}

function parseRfc822(match: RegExpExecArray): number | null {
  const [, dayText, monthText, yearText, hourText, minuteText, secondText, zoneText] = match;
  const month = MONTHS[(monthText ?? '').slice(0, 3).toLowerCase()];
  if (month === undefined) return null;
  let year = Number(yearText);
  // RFC 2822 §4.3: two-digit years 00-49 are 20xx, 50-99 are 19xx.
  if ((yearText ?? '').length === 2) year += year < 50 ? 2000 : 1900;
  const offset = zoneOffsetMinutes(zoneText);
  if (offset === null) return null;
  const utc = Date.UTC(
    year,
    month,
    Number(dayText),
    Number(hourText),
    Number(minuteText),
    Number(secondText ?? '0'),
  );
  return Number.isNaN(utc) ? null : utc - offset * 60_000;
}

function zoneOffsetMinutes(zone: string | undefined): number | null {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  const named = ZONES[zone.toLowerCase()];
  // Unknown names (and military letters, which RFC 2822 says to treat as -0000) read as UTC.
  return named ?? 0;
}
