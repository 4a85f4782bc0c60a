package org.holdfast.journal;

/** A count of entries of one kind. */
record KindCount(EntryType kind, long count) {
}
