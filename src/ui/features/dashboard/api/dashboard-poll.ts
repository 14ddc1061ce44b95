// Dashboard aggregates change slowly: refresh at three times the list rate.
import { pollInterval } from '../../../app/polling.ts';

export function dashboardInterval(): number | false {
  const ms = pollInterval();
  return ms === false ? false : ms * 3;
}

/** Upper bound on objects fetched for a card, so a huge inventory cannot stall the page. */
export const CARD_MAX = 500;
