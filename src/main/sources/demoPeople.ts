/** The demo's simulated customers: mostly small accounts, a few with many followers. */

export interface DemoPerson {
  handle: string;
  displayName: string;
  followers: number;
  lang: 'nl' | 'en';
}

const dutchFirst = [
  'Sanne',
  'Daan',
  'Fleur',
  'Bram',
  'Lotte',
  'Joost',
  'Eva',
  'Thijs',
  'Anouk',
  'Ruben',
  'Mirjam',
  'Kees',
  'Noor',
  'Sven',
  'Ingrid',
  'Youssef',
  'Fatima',
  'Henk',
];
const dutchLast = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'Bos',
  'El Amrani',
  'van Dijk',
  'Hendriks',
];
const englishFirst = [
  'Emma',
  'James',
  'Priya',
  'Lucas',
  'Olivia',
  'Mateo',
  'Chloe',
  'Ahmed',
  'Grace',
  'Tom',
];
const englishLast = ['Smith', 'Brown', 'Patel', 'Garcia', 'Wilson', 'Novak', 'Kowalski', "O'Brien"];

/** Accounts with reach: a journalist, a tech influencer, a consumer programme. */
export const influentialPeople: DemoPerson[] = [
  {
    handle: 'lindadevries_journo',
    displayName: 'Linda de Vries | Journalist',
    followers: 48_200,
    lang: 'nl',
  },
  { handle: 'techtom', displayName: 'TechTom 📱', followers: 126_000, lang: 'en' },
  { handle: 'kassa_fan_wim', displayName: 'Wim 📺', followers: 12_400, lang: 'nl' },
];

/** Builds the deterministic pool of ordinary customers (index → person). */
export function buildPeople(random: (salt: number) => number): DemoPerson[] {
  const people: DemoPerson[] = [];
  for (let index = 0; index < 90; index += 1) {
    const english = index % 5 < 2;
    const firsts = english ? englishFirst : dutchFirst;
    const lasts = english ? englishLast : dutchLast;
    const first = firsts[index % firsts.length] ?? 'Sam';
    const last = lasts[Math.floor(index / firsts.length + index) % lasts.length] ?? 'Doe';
    const handleBase = `${first}${last.replace(/[^A-Za-z]/g, '')}`.toLowerCase();
    // Follower counts are long-tailed: most people have a few hundred.
    const followers = Math.floor(Math.exp(2 + random(index) * 6.5));
    people.push({
      handle: `${handleBase}${index % 7 === 0 ? '' : String(10 + index)}`,
      displayName: index % 9 === 0 ? `${first} ✨` : `${first} ${last}`,
      followers,
      lang: english ? 'en' : 'nl',
    });
  }
  return people;
}
