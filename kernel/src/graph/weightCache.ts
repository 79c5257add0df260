/**
 * The cache of tensors derived from a graph's weights: rule-modified weights (w⁺, γ-weights, w²),
 * flipped kernels for transposed convolutions, forward maps of constant inputs. Making them costs time,
 * keeping them costs memory — for VGG-16 each full set is 554 MB — so the cache has a byte budget and
 * evicts the least recently used entries beyond it.
 *
 * Eviction never frees a tensor the running computation still holds: entries used since the last
 * `release()` (one layer step of the engine) are pinned. A tensor handed out stays valid until then.
 */
import * as tf from "@tensorflow/tfjs";

/** Default budget: room for the modified weights of every rule in use on a VGG-16 (see the benchmark). */
export const DEFAULT_CACHE_BYTES = 512 * 2 ** 20;

interface Entry {
  readonly tensor: tf.Tensor;
  readonly bytes: number;
  /** The `release()` generation in which the entry was last used. */
  used: number;
}

export class WeightCache {
  private readonly entries = new Map<string, Entry>();
  private bytesHeld = 0;
  private generation = 0;
  private evictions = 0;

  constructor(private budget: number = DEFAULT_CACHE_BYTES) {}

  /** The tensor `key`, made by `make` the first time (outside any tidy scope). */
  get<T extends tf.Tensor>(key: string, make: () => T): T {
    const hit = this.entries.get(key);
    if (hit && !hit.tensor.isDisposed) {
      // Re-inserting keeps the Map in least-recently-used order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      hit.used = this.generation;
      return hit.tensor as T;
    }
    const tensor = tf.keep(tf.tidy(make));
    const entry: Entry = { tensor, bytes: tensor.size * 4, used: this.generation };
    this.entries.set(key, entry);
    this.bytesHeld += entry.bytes;
    this.evict();
    return tensor;
  }

  /** Ends a step: what was used so far may be evicted from now on. */
  release(): void {
    this.generation++;
    this.evict();
  }

  /** Changes the budget (bytes ≥ 0; 0 keeps nothing beyond the running step). */
  setBudget(bytes: number): void {
    this.budget = bytes;
    this.evict();
  }

  /** Bytes held, entries held, the budget and how many entries were evicted so far. */
  stats(): { bytes: number; entries: number; budget: number; evictions: number } {
    return { bytes: this.bytesHeld, entries: this.entries.size, budget: this.budget, evictions: this.evictions };
  }

  /** Frees every entry. */
  clear(): void {
    for (const e of this.entries.values()) e.tensor.dispose();
    this.entries.clear();
    this.bytesHeld = 0;
  }

  private evict(): void {
    if (this.bytesHeld <= this.budget) return;
    for (const [key, e] of this.entries) {
      if (this.bytesHeld <= this.budget) break;
      if (e.used === this.generation) continue;
      e.tensor.dispose();
      this.entries.delete(key);
      this.bytesHeld -= e.bytes;
      this.evictions++;
    }
  }
}
