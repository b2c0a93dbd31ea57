export class RevisionNameTakenError extends Error {}
