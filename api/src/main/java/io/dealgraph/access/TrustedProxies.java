package io.dealgraph.access;

import java.util.ArrayList;
import java.util.List;

import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;

/**
 * {@code dealgraph.trusted-proxies}: the CIDR blocks of the reverse proxies and load balancers in
 * front of the API. Only a connection from one of them may set the client address through
 * {@code X-Forwarded-For}, and only addresses it appended count (Tomcat's RemoteIpValve walks the
 * header from the right and stops at the first address that is not a trusted proxy). Empty, the
 * default: no forwarded header counts, every client is its connection's address.
 */
final class TrustedProxies {

	private TrustedProxies() {
	}

	/** The blocks, each checked; a bare address becomes its /32 or /128. */
	static List<String> parse(String setting) {
		List<String> blocks = new ArrayList<>();
		for (String entry : setting.split(",")) {
			String block = entry.trim();
			if (block.isEmpty()) {
				continue;
			}
			if (block.indexOf('/') < 0) {
				block = block + (block.indexOf(':') >= 0 ? "/128" : "/32");
			}
			try {
				new NetMask(block);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("DEALGRAPH_TRUSTED_PROXIES: '" + entry.trim()
						+ "' is not an address or CIDR block such as 10.0.0.0/8 or fd00::/8", ex);
			}
			blocks.add(block);
		}
		return List.copyOf(blocks);
	}

	/** The valve, or null when no proxy is trusted. */
	static RemoteIpValve valve(List<String> blocks) {
		if (blocks.isEmpty()) {
			return null;
		}
		RemoteIpValve valve = new RemoteIpValve();
		// A comma-separated list with a '/' is taken as CIDR blocks (Tomcat 11), never as a regex.
		valve.setInternalProxies(String.join(",", blocks));
		valve.setTrustedProxies(null);
		valve.setRemoteIpHeader("X-Forwarded-For");
		valve.setProtocolHeader("X-Forwarded-Proto");
		return valve;
	}

}
