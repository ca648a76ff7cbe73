package io.dealgraph.organization;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The people: the write side of {@code person}. Reads for the API go through the compiler, not here. */
public interface People extends JpaRepository<Person, Long> {

	Optional<Person> findBySlug(String slug);

}
