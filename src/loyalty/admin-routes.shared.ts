/** What the loyalty admin route files share: the base path, parameters, error answers, docs. */
import { Type } from 'typebox';
import { errorResponses, IdParam, StrictObject } from '../platform/http/schemas.js';

const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];
export const BASE = '/api/v1/channels/:channelId/loyalty';
export const Id = (name: string) => Type.String({ minLength: 1, maxLength: 64, description: name });
export const ChannelParams = IdParam('channelId');
export const MemberParams = StrictObject({ channelId: Id('channel'), memberId: Id('member') });
export const responses = {
  ...errorResponses,
  409: Type.Ref('ErrorResponse'),
  422: Type.Ref('ErrorResponse'),
};
export const adminDoc = (summary: string) => ({ tags: ['loyalty'], summary, security });
