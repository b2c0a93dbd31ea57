export { checkCommentBody, maxCommentLength, type CommentBodyCheck } from './comment-body';
export { parseMentions } from './parse-mentions';
export { canSeeThread, canSettleThread, keepAudibleMentions, type CommentViewer, type ThreadStanding } from './thread-rules';
