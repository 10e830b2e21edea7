// What storing a document did.
#pragma once

namespace reportlens {

enum class StoreResult { Added, Replaced, Unchanged };

}  // namespace reportlens
