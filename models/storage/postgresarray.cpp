#include "storage/postgresarray.h"

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

void PostgresArray::separate() {
    if (m_size++ > 0)
        m_elements += u',';
}

void PostgresArray::add(qint64 number) {
    separate();
    m_elements += QString::number(number);
}

void PostgresArray::add(double number) {
    separate();
    m_elements += QString::number(number, 'g', 17);
}

void PostgresArray::add(const QString &text) {
    separate();
    // Inside double quotes only the backslash and the double quote are special.
    m_elements += u'"';
    for (const QChar c : text) {
        if (c == u'\\' || c == u'"')
            m_elements += u'\\';
        m_elements += c;
    }
    m_elements += u'"';
}

void PostgresArray::addNull() {
    separate();
    m_elements += u"NULL"_s;
}

}  // namespace reportlens
