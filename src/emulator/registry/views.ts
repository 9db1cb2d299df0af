import { backOfficeView } from './backOfficeResources.ts';
import { storefrontView } from './storefrontResources.ts';
import type { ApiView, ViewDef } from './types.ts';

/** The two API views (PROTOCOL §1.1): storefront under `/api`, back office under `/admin/api`. */
export function getView(view: ApiView): ViewDef {
  return view === 'storefront' ? storefrontView : backOfficeView;
}
