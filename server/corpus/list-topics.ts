import type { CorpusTopic } from '@/lib/corpus/types';
import type { Db } from '@/server/db/client';

export async function listTopics(db: Db): Promise<CorpusTopic[]> {
  const topics = await db.topic.findMany({ orderBy: { position: 'asc' }, include: { refs: { orderBy: { position: 'asc' } } } });
  return topics.map((topic) => ({
    topic: topic.name,
    refs: topic.refs.map((ref) => ({ documentId: ref.documentId, ref: ref.ref })),
    unresolved: JSON.parse(topic.unresolved) as string[],
  }));
}
