package dev.faibric.support;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A WebSocket client that does the handshake and then stops reading, as a stalled browser
 * tab or a client on a dead network would: the server's writes back up into TCP.
 * {@link #readAll()} later reads what the server managed to send, up to its close frame.
 */
public final class StalledSocket implements AutoCloseable {

    /**
     * What was read: the text messages in order, and the close frame's code and reason
     * (-1 if none).
     */
    public record Received(List<String> texts, int closeCode, String closeReason) {
    }

    private final Socket socket;

    private final DataInputStream in;

    public StalledSocket(int port, String path) throws IOException {
        socket = new Socket();
        socket.setReceiveBufferSize(8 * 1024);
        socket.connect(new InetSocketAddress("localhost", port), 5000);
        socket.setSoTimeout(30_000);
        String key = Base64.getEncoder().encodeToString("faibric-stalled!".getBytes(StandardCharsets.US_ASCII));
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" + "Sec-WebSocket-Key: " + key
                + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        in = new DataInputStream(socket.getInputStream());
        String status = headers(in);
        if (!status.startsWith("HTTP/1.1 101")) {
            throw new IOException("handshake refused: " + status);
        }
    }

    /** Reads frames until the server's close frame or the end of the stream. */
    public Received readAll() throws IOException {
        List<String> texts = new ArrayList<>();
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        while (true) {
            int first;
            try {
                first = in.readUnsignedByte();
            }
            catch (EOFException e) {
                return new Received(texts, -1, "");
            }
            int opcode = first & 0x0F;
            boolean fin = (first & 0x80) != 0;
            long length = in.readUnsignedByte() & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            }
            else if (length == 127) {
                length = in.readLong();
            }
            byte[] payload = in.readNBytes((int) length);
            if (opcode == 0x8) {
                int code = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : -1;
                String reason = payload.length > 2 ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8)
                        : "";
                return new Received(texts, code, reason);
            }
            if (opcode == 0x1 || opcode == 0x0) {
                message.write(payload);
                if (fin) {
                    texts.add(message.toString(StandardCharsets.UTF_8));
                    message.reset();
                }
            }
        }
    }

    private static String headers(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        while (!text.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed during the handshake: " + text);
            }
            text.append((char) b);
        }
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

}
