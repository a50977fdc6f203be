// The schema of a marsad database and its migrations (schema.cpp has the tables, commented).
#pragma once

#include "store/sqlite.h"

namespace marsad::store {

// The number of migrations this build knows: the schema version it writes.
int schema_version();
// Applies the migrations the database lacks, each in its own transaction. Throws when the
// database is newer than this build.
void migrate(Database& db);

}  // namespace marsad::store
