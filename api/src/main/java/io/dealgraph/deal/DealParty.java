package io.dealgraph.deal;

import io.dealgraph.graphql.Keyed;

/** An organization's role in a deal. */
public record DealParty(long id, long dealId, long organizationId, String role) implements Keyed {
}
