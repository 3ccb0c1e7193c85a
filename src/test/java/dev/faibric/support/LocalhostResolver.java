package dev.faibric.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Resolves every {@code *.localhost} name to the loopback address in the tests, as
 * browsers do (RFC 6761), so a test talks to a deployed app at its real URL
 * ({@code http://<slug>.apps.localhost:<port>/}) with the JDK's HTTP client: its real
 * Host header, its own cookies. Any other name goes to the system's resolver.
 */
public final class LocalhostResolver extends InetAddressResolverProvider {

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver system = configuration.builtinResolver();
        return new InetAddressResolver() {

            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                if (host.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
                    return Stream.of(InetAddress.getByAddress(host, new byte[] { 127, 0, 0, 1 }));
                }
                return system.lookupByName(host, policy);
            }

            @Override
            public String lookupByAddress(byte[] address) throws UnknownHostException {
                return system.lookupByAddress(address);
            }

        };
    }

    @Override
    public String name() {
        return "faibric-tests-localhost";
    }

}
