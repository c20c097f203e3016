/** Past events per page: /events/ shows the first page under 已经结束, /events/page/<n>/ the others. */
import { listPageSize } from '../pagination';

export const EVENTS_PAST_PAGE_SIZE = listPageSize(20);
