package io.dealgraph.deal;

/** The schema's {@code PartyRole}: what an organization is to a deal. */
public enum PartyRole {

	INVESTOR, INVESTEE, CLOUD_PROVIDER, CUSTOMER, DISTRIBUTOR, PARTNER, LICENSOR, LICENSEE, CO_DEVELOPER, VENTURE

}
