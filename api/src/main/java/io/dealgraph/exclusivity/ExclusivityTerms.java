package io.dealgraph.exclusivity;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The exclusivity terms: the write side of {@code exclusivity_term}. Reads for the API go through the compiler, not here. */
public interface ExclusivityTerms extends JpaRepository<ExclusivityTerm, Long> {

	Optional<ExclusivityTerm> findBySlug(String slug);

}
