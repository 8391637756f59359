import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../state/uiStore';
import type { QueueFilters } from './queueFilters';

const options = {
  status: ['open', 'handled', 'all'],
  sentiment: ['all', 'negative', 'neutral', 'positive'],
  intent: ['all', 'question', 'complaint', 'compliment', 'remark'],
  lang: ['all', 'nl', 'en', 'other'],
} as const;

/** Status, channel, sentiment, intent and language filters plus the search box. */
export function QueueFilterBar({ sourceIds }: { sourceIds: string[] }) {
  const { t } = useTranslation();
  const filters = useUiStore((state) => state.filters);
  const setFilter = useUiStore((state) => state.setFilter);
  const label = (key: keyof typeof options, value: string) =>
    value === 'all' ? t('filters.all') : t(`${key === 'lang' ? 'lang' : key}.${value}`);

  return (
    <div className="filter-bar" role="group" aria-label={t('filters.label')}>
      <input
        className="search"
        type="search"
        aria-label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        value={filters.search}
        onChange={(event) => setFilter('search', event.target.value)}
      />
      <div className="filter-selects">
        <FilterSelect
          label={t('filters.status')}
          value={filters.status}
          onChange={(value) => setFilter('status', value as QueueFilters['status'])}
        >
          {options.status.map((value) => (
            <option key={value} value={value}>
              {t(`status.${value}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label={t('filters.channel')}
          value={filters.sourceId}
          onChange={(value) => setFilter('sourceId', value)}
        >
          <option value="all">{t('filters.all')}</option>
          {sourceIds.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label={t('filters.sentiment')}
          value={filters.sentiment}
          onChange={(value) => setFilter('sentiment', value as QueueFilters['sentiment'])}
        >
          {options.sentiment.map((value) => (
            <option key={value} value={value}>
              {label('sentiment', value)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label={t('filters.intent')}
          value={filters.intent}
          onChange={(value) => setFilter('intent', value as QueueFilters['intent'])}
        >
          {options.intent.map((value) => (
            <option key={value} value={value}>
              {label('intent', value)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label={t('filters.language')}
          value={filters.lang}
          onChange={(value) => setFilter('lang', value as QueueFilters['lang'])}
        >
          {options.lang.map((value) => (
            <option key={value} value={value}>
              {label('lang', value)}
            </option>
          ))}
        </FilterSelect>
      </div>
    </div>
  );
}

function FilterSelect({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: React.ReactNode;
}) {
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}
