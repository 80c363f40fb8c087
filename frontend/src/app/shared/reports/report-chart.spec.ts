import { TestBed } from '@angular/core/testing';
import { provideTestTranslations } from '../../testing/test-translations';
import { ReportChart } from './report-chart';

describe('ReportChart', () => {
  beforeEach(() => {
    // jsdom has no canvas: Chart.js draws nothing and says so; the note under the chart is what is read here.
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    TestBed.configureTestingModule({ providers: [provideTestTranslations('fr')] });
  });

  afterEach(() => jest.restoreAllMocks());

  async function render(type: 'bar' | 'line', count: number): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(ReportChart);
    const labels = Array.from({ length: count }, (_, index) => `Lieu ${index + 1}`);
    fixture.componentRef.setInput('type', type);
    fixture.componentRef.setInput('labels', labels);
    fixture.componentRef.setInput('series', [
      { label: 'Taux', values: labels.map((_, index) => index / 100), colour: '#2e6b3a' },
    ]);
    fixture.componentRef.setInput('language', 'fr');
    fixture.componentRef.setInput('description', 'Taux d’occupation par lieu');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('is an image named by its description', async () => {
    const chart = await render('bar', 3);

    expect(chart.querySelector('canvas')?.getAttribute('role')).toBe('img');
    expect(chart.querySelector('canvas')?.getAttribute('aria-label')).toBe('Taux d’occupation par lieu');
    expect(chart.querySelector('.report-chart__cut')).toBeNull();
  });

  it('draws the 25 largest bars of a long list and says the table has them all', async () => {
    const chart = await render('bar', 40);

    expect(chart.querySelector('.report-chart__cut')?.textContent?.trim()).toBe(
      'Le graphique montre les 25 plus grands sur 40 ; le tableau « Voir les données » les donne tous.',
    );
  });

  it('steps a count’s axis by whole numbers only, and leaves hours and days free to fall between', async () => {
    const fixture = TestBed.createComponent(ReportChart);
    fixture.componentRef.setInput('type', 'bar');
    fixture.componentRef.setInput('labels', ['Grand Auch · 2026']);
    fixture.componentRef.setInput('series', [{ label: 'Installés', values: [2], colour: '#8a5a00' }]);
    fixture.componentRef.setInput('language', 'fr');
    fixture.componentRef.setInput('description', 'Nouveaux arrivants installés');
    fixture.componentRef.setInput('horizontal', true);
    const ticks = () =>
      (fixture.componentInstance['options']()?.scales?.['x'] as { ticks: { precision?: number } }).ticks;

    fixture.componentRef.setInput('scale', 'count');
    expect(ticks().precision).toBe(0);
    fixture.componentRef.setInput('scale', 'number');
    expect(ticks().precision).toBeUndefined();
  });

  it('keeps every point of a line', async () => {
    const chart = await render('line', 40);

    expect(chart.querySelector('.report-chart__cut')).toBeNull();
  });
});
