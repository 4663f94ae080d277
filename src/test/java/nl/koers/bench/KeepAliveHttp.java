package nl.koers.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A lean HTTP/1.1 client for benchmarks, as {@code curl} or {@code wrk} keep a connection: one socket, kept open,
 * one request at a time, a blocking read of the reply (by {@code Content-Length} or chunked). The JDK's
 * {@code java.net.http} client costs the machine far more per request (a selector thread, futures, a copy of every
 * header); on the two cores Koers is measured on, a benchmark's clients would otherwise take their share of the
 * processor from the server they measure. Not thread-safe: one per client.
 */
public final class KeepAliveHttp implements AutoCloseable {

    /** A reply: its status, its headers (names in lower case) and its body as text. */
    public record Reply(int status, Map<String, String> headers, String body) {

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    private final InetSocketAddress address;
    private final String host;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public KeepAliveHttp(URI base) {
        this.address = new InetSocketAddress(base.getHost(), base.getPort());
        this.host = base.getHost() + ":" + base.getPort();
    }

    /** Sends one request ({@code body} as JSON when not null) and reads the whole reply. */
    public Reply send(String method, String path, String body, String... headers) {
        try {
            connectIfClosed();
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            var request = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                    .append(host).append("\r\n");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            if (body != null) {
                request.append("Content-Type: application/json\r\n");
            }
            request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            Reply reply = read();
            if ("close".equalsIgnoreCase(reply.headers().get("connection"))) {
                close();
            }
            return reply;
        } catch (IOException failure) {
            close();
            throw new UncheckedIOException(failure);
        }
    }

    private void connectIfClosed() throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(address, 2_000);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }
    }

    private Reply read() throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            var chunks = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                chunks.write(in.readNBytes(size));
                line();
            }
            while (!line().isEmpty()) {
                // trailers, if any
            }
            body = chunks.toByteArray();
        } else {
            body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        }
        return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    /** One header line, without its CRLF. */
    private String line() throws IOException {
        var line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the server closed the connection");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
