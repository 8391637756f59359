import type { DemoSourceConfig } from '../../shared/domain/sourceConfig';
import { createRandom } from './demoRandom';

const BURST_MIN = 20;
const BURST_SPREAD = 31;
const BURST_GAP_MS = 250;

/**
 * When each demo post arrives, in ms after the simulation's start: exponential gaps around
 * the configured pace, with occasional bursts of 20-50 posts a quarter second apart.
 */
export class DemoTimeline {
  private readonly offsets: number[] = [0];
  private burstLeft = 0;
  private readonly random: ReturnType<typeof createRandom>;

  constructor(
    private readonly config: Pick<DemoSourceConfig, 'seed' | 'paceSeconds' | 'burstChance'>,
  ) {
    this.random = createRandom(config.seed ^ 0x5eed);
  }

  /** Arrival offset of post `index` (0-based). */
  offsetOf(index: number): number {
    while (this.offsets.length <= index) this.extend();
    return this.offsets[index] ?? 0;
  }

  /** The number of posts that have arrived `elapsedMs` after the start. */
  countArrivedBy(elapsedMs: number, from: number): number {
    let index = from;
    while (this.offsetOf(index) <= elapsedMs) index += 1;
    return index;
  }

  private extend(): void {
    const index = this.offsets.length;
    const previous = this.offsets[index - 1] ?? 0;
    let gap: number;
    if (this.burstLeft > 0) {
      this.burstLeft -= 1;
      gap = BURST_GAP_MS * (0.5 + this.random(index, 1));
    } else {
      if (this.random(index, 2) < this.config.burstChance) {
        this.burstLeft = BURST_MIN + Math.floor(this.random(index, 3) * BURST_SPREAD);
      }
      // Exponential inter-arrival time with the configured mean, floored to stay readable.
      const uniform = this.random(index, 4);
      gap = Math.max(200, -Math.log(1 - uniform) * this.config.paceSeconds * 1000);
    }
    this.offsets.push(previous + gap);
  }
}
