package dev.faibric.datastore;

/**
 * What an app's data takes, counted as rows are written and deleted, for its limits.
 *
 * @param rows the rows in all its collections
 * @param bytes about how many bytes their values take (strings as UTF-8, eight bytes for
 * any other value)
 */
public record DataUsage(long rows, long bytes) {

    public static final DataUsage NONE = new DataUsage(0, 0);

}
