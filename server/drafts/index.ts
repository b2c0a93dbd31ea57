export { createDraft, BaseDraftNotFoundError, type CreateDraftInput } from './create-draft';
export { loadDraftSnapshot, DraftNotFoundError } from './load-draft-snapshot';
export { createPrismaDraftPersistence } from './prisma-draft-persistence';
