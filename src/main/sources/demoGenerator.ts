import type { Identity } from '../../shared/domain/identity';
import { mentionId } from '../../shared/domain/mention';
import type { RawMention } from './source';
import {
  answerBacks,
  brandSpellings,
  days,
  daysEn,
  demoTemplates,
  type DemoKind,
} from './demoPosts';
import { buildPeople, influentialPeople, type DemoPerson } from './demoPeople';
import { createRandom, pick } from './demoRandom';

export const DEMO_HOST = 'https://social.example';

/** The first posts of every run, so a new user sees a varied queue with urgent ones at once. */
const OPENING_KINDS: DemoKind[] = [
  'question',
  'urgent',
  'compliment',
  'complaint',
  'repeat',
  'remark',
  'question',
  'urgent',
];

/** How a post's author and kind are drawn (cumulative chances). */
const KIND_CHANCES: [DemoKind, number][] = [
  ['question', 0.24],
  ['complaint', 0.46],
  ['repeat', 0.54],
  ['urgent', 0.6],
  ['compliment', 0.78],
  ['remark', 0.97],
  ['abusive', 1],
];

/** Generates demo post N: pure given the seed, so a run can be replayed exactly. */
export class DemoGenerator {
  private readonly random: ReturnType<typeof createRandom>;
  private readonly people: DemoPerson[];
  private readonly cache = new Map<number, RawMention>();

  constructor(
    private readonly sourceId: string,
    seed: number,
  ) {
    this.random = createRandom(seed);
    this.people = buildPeople((salt) => this.random(salt, 99));
  }

  post(index: number, createdAt: string, fetchedAt: string): RawMention {
    const cached = this.cache.get(index);
    if (cached) return { ...cached, createdAt, fetchedAt };
    const mention =
      this.follow(index, createdAt, fetchedAt) ?? this.fresh(index, createdAt, fetchedAt);
    if (this.cache.size > 2000) this.cache.clear();
    this.cache.set(index, mention);
    return mention;
  }

  /** A customer's own follow-up in the thread of one of their earlier posts. */
  private follow(index: number, createdAt: string, fetchedAt: string): RawMention | null {
    if (index < 10 || this.random(index, 10) > 0.07) return null;
    const earlierIndex = index - 1 - Math.floor(this.random(index, 11) * 5);
    const earlier = this.post(earlierIndex, createdAt, fetchedAt);
    if (earlier.inReplyToId !== null) return null;
    const lang = earlier.author.handle.length % 3 === 0 ? 'en' : 'nl';
    const text = pick(answerBacks[lang].negative, this.random(index, 12));
    return this.build(
      index,
      text,
      earlier.author,
      { threadId: earlier.threadId, inReplyToId: earlier.id },
      createdAt,
      fetchedAt,
    );
  }

  private fresh(index: number, createdAt: string, fetchedAt: string): RawMention {
    const kind = OPENING_KINDS[index] ?? this.kindOf(index);
    const lang =
      index < OPENING_KINDS.length
        ? index % 3 === 2
          ? 'en'
          : 'nl'
        : this.random(index, 20) < 0.6
          ? 'nl'
          : 'en';
    const candidates = demoTemplates.filter(
      (template) => template.lang === lang && template.kind === kind,
    );
    const template = pick(
      candidates.length > 0 ? candidates : demoTemplates,
      this.random(index, 21),
    );
    const author = this.authorOf(index, kind, template.lang);
    const id = mentionId(this.sourceId, `p${index}`);
    return this.build(
      index,
      this.fill(template.text, index, template.lang),
      author,
      { threadId: id, inReplyToId: null },
      createdAt,
      fetchedAt,
    );
  }

  private kindOf(index: number): DemoKind {
    const uniform = this.random(index, 30);
    return (KIND_CHANCES.find(([, chance]) => uniform < chance) ?? KIND_CHANCES[0]!)[0];
  }

  private authorOf(index: number, kind: DemoKind, lang: 'nl' | 'en'): Identity {
    const roll = this.random(index, 40);
    const sameLanguage = this.people.filter((person) => person.lang === lang);
    let person: DemoPerson;
    if (roll < 0.04) person = pick(influentialPeople, this.random(index, 41));
    // Complaints come from a small group, so the same people complain again.
    else if (kind === 'complaint' || kind === 'repeat')
      person = pick(sameLanguage.slice(0, 8), this.random(index, 42));
    else person = pick(sameLanguage, this.random(index, 43));
    return toIdentity(person);
  }

  private fill(text: string, index: number, lang: 'nl' | 'en'): string {
    return text
      .replaceAll('{brand}', pick(brandSpellings, this.random(index, 50)))
      .replaceAll('{n}', String(3 + Math.floor(this.random(index, 51) * 60)))
      .replaceAll('{day}', pick(lang === 'en' ? daysEn : days, this.random(index, 52)));
  }

  private build(
    index: number,
    text: string,
    author: Identity,
    thread: { threadId: string; inReplyToId: string | null },
    createdAt: string,
    fetchedAt: string,
  ): RawMention {
    const platformId = `p${index}`;
    return {
      id: mentionId(this.sourceId, platformId),
      sourceId: this.sourceId,
      platform: 'demo',
      platformId,
      url: `${DEMO_HOST}/@${author.handle.replace(/^@/, '')}/${platformId}`,
      text,
      title: null,
      createdAt,
      fetchedAt,
      author,
      threadId: thread.threadId,
      inReplyToId: thread.inReplyToId,
      fromBrand: false,
      matchedTerm: 'Polderstroom',
      replyTarget: null,
    };
  }
}

export function toIdentity(person: DemoPerson): Identity {
  return {
    id: `demo:${person.handle}`,
    platform: 'demo',
    handle: `@${person.handle}`,
    displayName: person.displayName,
    followers: person.followers,
    profileUrl: `${DEMO_HOST}/@${person.handle}`,
  };
}
