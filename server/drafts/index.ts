export { createDraft, type CreateDraftInput } from './create-draft';
export { loadDraftSnapshot } from './load-draft-snapshot';
export { createPrismaDraftPersistence } from './prisma-draft-persistence';
