package uk.ehcworkflow.platform.files;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;

/** The few C library calls the services make that Java has no API for. */
public interface LibC extends Library {

    LibC INSTANCE = Native.load("c", LibC.class);

    int AF_UNIX = 1;
    int SOCK_DGRAM = 2;
    int SOCK_CLOEXEC = 0x80000;

    int umask(int mask);

    int socket(int domain, int type, int protocol);

    int bind(int socket, byte[] address, int addressLength);

    NativeLong sendto(int socket, byte[] buffer, NativeLong length, int flags, byte[] address, int addressLength);

    NativeLong recv(int socket, byte[] buffer, NativeLong length, int flags);

    int close(int fd);

    /**
     * A {@code struct sockaddr_un} for a path, or for an abstract name written with a leading
     * {@code @} (as systemd writes {@code NOTIFY_SOCKET}).
     */
    static byte[] unixAddress(String path) {
        byte[] name = path.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (name.length > 107) {
            throw new IllegalArgumentException("A socket path is at most 107 bytes: " + path);
        }
        byte[] address = new byte[2 + name.length + 1];
        address[0] = (byte) AF_UNIX; // sa_family, little-endian on the platforms the services run on
        System.arraycopy(name, 0, address, 2, name.length);
        if (path.startsWith("@")) {
            address[2] = 0;
            return java.util.Arrays.copyOf(address, 2 + name.length);
        }
        return address;
    }
}
