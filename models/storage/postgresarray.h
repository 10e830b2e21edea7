// A PostgreSQL array literal ('{1,"a b",NULL}'), built element by element: the import writes a
// document's sentences and figures with one statement each (INSERT … SELECT FROM unnest of
// arrays) instead of one round trip per row.
#pragma once

#include <QString>

namespace reportlens {

class PostgresArray {
public:
    void add(qint64 number);
    void add(double number);        // as many digits as round-trip
    void add(const QString &text);  // quoted: any character but NUL
    void addNull();
    qsizetype size() const { return m_size; }
    // '{…}', to bind as a text value cast to the array's type ("?::text[]").
    QString literal() const { return u'{' + m_elements + u'}'; }

private:
    void separate();

    QString m_elements;
    qsizetype m_size = 0;
};

}  // namespace reportlens
