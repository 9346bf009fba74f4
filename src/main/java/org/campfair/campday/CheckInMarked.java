package org.campfair.campday;

/** A seat of a camp's shift was checked in (marked, or by its QR code); boards showing the camp refresh. */
public record CheckInMarked(long campId, long shiftId) {
}
