package io.dealgraph.graphql;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Who a client is, for the limits kept per client: its API key (by the key's hash), else its
 * address (an IPv6 client by its /64, which one subscriber holds). The access filter names the
 * client of each HTTP request so; a WebSocket's requests are named from their handshake.
 */
public final class Clients {

	/** The request attribute and GraphQL context key the client's name is kept under. */
	public static final String ATTRIBUTE = Clients.class.getName() + ".client";

	private Clients() {
	}

	/** The client presenting this key (null: none) from this address. */
	public static String of(String apiKey, String address) {
		return apiKey != null && !apiKey.isBlank() ? "key:" + Sha256.hex(apiKey.trim()) : address(address);
	}

	/** The bucket key of an address: IPv4 as it is, IPv6 by its first 64 bits. */
	public static String address(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return "ip:" + address;
		}
		try {
			// A literal address: no name lookup happens.
			byte[] bytes = InetAddress.getByName(address).getAddress();
			return bytes.length == 16 ? "ip6:" + HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64"
					: "ip:" + InetAddress.getByAddress(bytes).getHostAddress();
		}
		catch (UnknownHostException ex) {
			return "ip:" + address;
		}
	}

}
