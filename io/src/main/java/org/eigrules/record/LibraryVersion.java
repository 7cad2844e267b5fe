package org.eigrules.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The library's version, written into a resource when the library is built. */
public final class LibraryVersion {

    private static final String RESOURCE = "/org/eigrules/record/library.properties";
    private static final String VERSION = read();

    private LibraryVersion() {
    }

    /** The version, as the build gave it ({@code 0.2.0-SNAPSHOT}). */
    public static String version() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = LibraryVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
