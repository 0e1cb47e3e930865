package vn.phoihop.inforequest;

/** Where a request stands. */
enum RequestStatus {
  OPEN,
  PARTLY_ANSWERED,
  ANSWERED,
  REFUSED
}
