/** INSEE code of the Gers, the department the network covers. */
export const GERS_DEPARTMENT = '32';

/**
 * The API filters communes by department and text but not by EPCI, so an EPCI's communes are fetched
 * in one page and filtered here. The Gers has 458 communes, under the API's cap of 500 per page.
 */
export const GERS_ALL_COMMUNES_LIMIT = 500;

/** Seventeen EPCIs have communes in the Gers; 100 leaves room for reforms without paging. */
export const GERS_EPCIS_LIMIT = 100;
