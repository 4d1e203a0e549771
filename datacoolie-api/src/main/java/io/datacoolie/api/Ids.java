package io.datacoolie.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.UUID;

/**
 * Derived identifiers, compatible with the Python original (reference §1.2): a connection or dataflow without an
 * id gets {@code UUIDv5(da7ac001-e000-4000-8000-000000000000, name)}. {@link UUID#nameUUIDFromBytes} is version 3
 * (MD5) and would not match.
 */
public final class Ids {
    /** The original's namespace for derived ids. */
    public static final UUID NAMESPACE = UUID.fromString("da7ac001-e000-4000-8000-000000000000");

    private Ids() {
    }

    /**
     * Derives the id the original would give a connection or dataflow with this name.
     *
     * @param name the name, not null
     * @return the UUIDv5 in canonical lower-case form, e.g. {@code local_postgres_source} gives
     *     {@code 784ba518-671c-51d1-9f6f-d7ff546ff3ed}
     */
    public static String derive(String name) {
        return uuidV5(NAMESPACE, Objects.requireNonNull(name, "name")).toString();
    }

    /**
     * RFC 4122 version 5 (SHA-1, name-based) UUID.
     *
     * @param namespace the namespace
     * @param name the name, encoded as UTF-8
     * @return the UUID
     */
    public static UUID uuidV5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-1", e);
        }
        ByteBuffer ns = ByteBuffer.allocate(16);
        ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
        sha1.update(ns.array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }
}
