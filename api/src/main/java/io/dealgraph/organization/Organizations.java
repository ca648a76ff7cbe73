package io.dealgraph.organization;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The organizations with their names and citations: the write side of {@code organization}. Reads for the API go through the compiler, not here. */
public interface Organizations extends JpaRepository<Organization, Long> {

	Optional<Organization> findBySlug(String slug);

}
