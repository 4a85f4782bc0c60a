package org.holdfast.homework;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HomeworkTemplateRepository extends JpaRepository<HomeworkTemplate, Long> {

    List<HomeworkTemplate> findAllByOrderByArchivedAscTitleAsc();

    List<HomeworkTemplate> findByArchivedFalseOrderByTitleAsc();
}
