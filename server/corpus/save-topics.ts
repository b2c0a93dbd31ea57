import type { CorpusTopic } from '@/lib/corpus/types';
import type { Db } from '@/server/db/client';

/**
 * The thematic index is replaced as a whole: it comes from one source and has no local edits.
 * The CorpusChange row tells every web process's search index to read it again.
 */
export async function saveTopics(db: Db, topics: CorpusTopic[]): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.topic.deleteMany({});
    for (const [position, topic] of topics.entries()) {
      await tx.topic.create({
        data: {
          name: topic.topic,
          position,
          unresolved: JSON.stringify(topic.unresolved),
          refs: { create: topic.refs.map((ref, index) => ({ documentId: ref.documentId, ref: ref.ref, position: index })) },
        },
      });
    }
    await tx.corpusChange.create({ data: { kind: 'topics' } });
  });
}
