export class BaseDraftNotFoundError extends Error {}
