/**
 * Independent chains of work (one per person), at most three side by side; each chain runs in
 * order. Each save holds a pooled connection for its transaction and may need a second one: more
 * chains than half the pool can leave every save waiting for a connection (a seed that hung).
 */
export const together = async <T>(items: readonly T[], chain: (item: T, index: number) => Promise<void>) => {
  const queue = items.map((item, index) => ({ item, index }))
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await chain(next.item, next.index)
  }
  await Promise.all(Array.from({ length: Math.min(3, queue.length) }, worker))
}
