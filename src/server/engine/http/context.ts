/** What every handler gets: the model, the store, the parsed request and the caller. */
import type { ApiModel } from '../model/api-model.ts';
import type { Store } from '../store/store.ts';
import type { RequestParams } from './request-params.ts';
import type { AuthUser } from './auth/users.ts';
import type { EngineHooks } from './hooks.ts';

export interface Ctx {
  model: ApiModel;
  store: Store;
  params: RequestParams;
  user: AuthUser;
  hooks: EngineHooks;
}
