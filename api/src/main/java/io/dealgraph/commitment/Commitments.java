package io.dealgraph.commitment;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The commitments: the write side of {@code commitment}. Reads for the API go through the compiler, not here. */
public interface Commitments extends JpaRepository<Commitment, Long> {

	Optional<Commitment> findBySlug(String slug);

}
